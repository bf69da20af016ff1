// Grouping: a selection of nodes collapsed into one group node, and back. The view keeps the
// members; display.ts draws the group in their place with their edges added together.
import type { NodeGroup, ViewState } from './view-state.ts';

const GROUP_PREFIX = 'group:';

export function isGroupId(key: string): boolean {
  return key.startsWith(GROUP_PREFIX);
}

/** Entity key -> the id of the group it is drawn in. */
export function groupOf(view: ViewState): Map<string, string> {
  const byMember = new Map<string, string>();
  for (const group of view.groups)
    for (const member of group.members) byMember.set(member, group.id);
  return byMember;
}

function nextGroupId(groups: readonly NodeGroup[]): string {
  const used = new Set(groups.map((g) => g.id));
  let n = groups.length + 1;
  while (used.has(`${GROUP_PREFIX}${n}`)) n += 1;
  return `${GROUP_PREFIX}${n}`;
}

/**
 * Collapses the selection into a new group. A selected group is dissolved into the new one (its
 * members join), a selected member of another group leaves it; a group left with fewer than two
 * members is dropped. Fewer than two entities selected: nothing to group.
 */
export function groupNodes(
  view: ViewState,
  selection: readonly string[],
  label: string,
): ViewState {
  const members: string[] = [];
  const dissolved = new Set<string>();
  for (const key of selection) {
    const group = view.groups.find((g) => g.id === key);
    if (group) {
      dissolved.add(group.id);
      members.push(...group.members);
    } else if (!isGroupId(key)) {
      members.push(key);
    }
  }
  const unique = [...new Set(members)];
  if (unique.length < 2) return view;
  const taken = new Set(unique);
  const kept = view.groups
    .filter((g) => !dissolved.has(g.id))
    .map((g) => ({ ...g, members: g.members.filter((m) => !taken.has(m)) }))
    .filter((g) => g.members.length >= 2);
  const name = label.trim() || `${unique.length} entities`;
  return {
    ...view,
    groups: [...kept, { id: nextGroupId(kept), label: name, members: unique }],
  };
}

export function ungroup(view: ViewState, groupId: string): ViewState {
  return { ...view, groups: view.groups.filter((g) => g.id !== groupId) };
}
