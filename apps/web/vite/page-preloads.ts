import path from 'node:path';
import { PAGE_PRELOADS_FILE, type PagePreload, type PagePreloads } from '@koers/shared/web-app';
import { runnerImport, type Plugin, type Rolldown } from 'vite';

interface RouteLike {
  path?: string;
  element?: { type?: unknown } | null;
  children?: RouteLike[];
}

interface PageLike {
  source: string;
  feature: string;
}

const isPage = (type: unknown): type is PageLike => typeof type === 'function' && 'source' in type && 'feature' in type;

/**
 * Lists, for each path of the app's router, the files the browser needs for its page, so that the server can name
 * them in the page's index.html (`<link rel="modulepreload">`): on a first visit the page's code then downloads
 * beside the app's own rather than after it has run, a round trip less on a phone. The routes are read from
 * `src/app/router.tsx` itself (run in Node by Vite), so the list cannot drift from the router.
 */
export function pagePreloads(): Plugin {
  let root = '';
  let configFile: string | undefined;
  return {
    name: 'koers-page-preloads',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      configFile = config.configFile;
    },
    // After Vite's own generateBundle: it drops the chunks that hold only CSS (a feature's stylesheet), and a page
    // listing them would ask for scripts that are not there.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
      const { module } = await runnerImport<{ routes: RouteLike[] }>(path.join(root, 'src/app/router.tsx'), { configFile, logLevel: 'error' });
      const pages: PagePreload[] = [];
      const visit = (routes: RouteLike[]) => {
        for (const route of routes) {
          const type = route.element?.type;
          if (route.path && isPage(type)) pages.push({ path: route.path, ...filesOf(bundle, [path.join(root, 'src', type.source), path.join(root, 'src/features', type.feature, 'messages/nl.ts')]) });
          if (route.children) visit(route.children);
        }
      };
      visit(module.routes);
      this.emitFile({ type: 'asset', fileName: PAGE_PRELOADS_FILE, source: JSON.stringify({ pages } satisfies PagePreloads, null, 2) });
      },
    },
  };
}

/** The chunks holding `modules` and the chunks they import, less those the entry loads, with their stylesheets. */
function filesOf(bundle: Rolldown.OutputBundle, modules: string[]): Omit<PagePreload, 'path'> {
  const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('page-preloads: the build has no entry chunk');
  const loadedByEntry = new Set([entry.fileName, ...entry.imports]);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const add = (fileName: string) => {
    if (loadedByEntry.has(fileName) || scripts.has(fileName)) return;
    const chunk = bundle[fileName] as Rolldown.OutputChunk;
    scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    chunk.imports.forEach(add);
  };
  for (const id of modules) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === id) ?? chunks.find((candidate) => candidate.moduleIds.includes(id));
    if (!chunk) throw new Error(`page-preloads: no chunk holds ${id}`);
    add(chunk.fileName);
  }
  return { scripts: [...scripts].map((file) => `/${file}`), styles: [...styles].map((file) => `/${file}`) };
}
