import { getMetadataStorage } from 'class-validator';
type Storage = ReturnType<typeof getMetadataStorage>;
type ValidationMetadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];

let cached = false;

/**
 * class-validator looks up a class's rules anew for every object it validates, walking every class with rules in
 * the app to find inherited ones: about 4 µs per object with Koers' DTOs, so two thirds of checking 40 attendance
 * marks, and more with every DTO added. The rules only change while classes are being declared, so each lookup is
 * kept until a rule is added.
 */
export function cacheValidationRules(): void {
  if (cached) return;
  cached = true;
  const storage = getMetadataStorage();
  let rules = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let groupedByProperty = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();

  const addValidationMetadata = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    rules = new WeakMap();
    groupedByProperty = new WeakMap();
    addValidationMetadata(metadata);
  };

  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = rules.get(target);
    if (!byOptions) rules.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };

  const groupByPropertyName = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata) => {
    let grouped = groupedByProperty.get(metadata);
    if (!grouped) groupedByProperty.set(metadata, (grouped = groupByPropertyName(metadata)));
    return grouped;
  };
}
