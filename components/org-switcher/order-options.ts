/** The fields of a switcher option that the ordering needs. */
export interface TreeOption {
  id: string;
  name: string;
  parentId: string | null;
  status: "active" | "suspended";
}

export type OrderedOption<T extends TreeOption> = T & {
  /** True when the org or an org above it in the list is suspended, so the server rejects acting as it. */
  blocked: boolean;
};

/**
 * Orders options as a tree (each org followed by its descendants, siblings by name) and marks the
 * orgs that cannot be acted as. Roots are the options whose parent is not in the list, kept in
 * their original order so the user's own orgs stay first.
 */
export function orderOptions<T extends TreeOption>(options: readonly T[]): OrderedOption<T>[] {
  const ids = new Set(options.map((option) => option.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const option of options) {
    if (option.parentId !== null && ids.has(option.parentId)) {
      const siblings = children.get(option.parentId) ?? [];
      siblings.push(option);
      children.set(option.parentId, siblings);
    } else {
      roots.push(option);
    }
  }

  const result: OrderedOption<T>[] = [];
  const visit = (option: T, parentBlocked: boolean) => {
    const blocked = parentBlocked || option.status === "suspended";
    result.push({ ...option, blocked });
    const sorted = [...(children.get(option.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const child of sorted) visit(child, blocked);
  };
  for (const root of roots) visit(root, false);
  return result;
}
