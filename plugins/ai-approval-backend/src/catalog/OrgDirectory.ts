import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  GITHUB_USER_LOGIN_ANNOTATION,
  GITLAB_USER_LOGIN_ANNOTATION,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/** The annotation the GitHub org provider puts on the Groups it imports. */
const GITHUB_TEAM_SLUG_ANNOTATION = 'github.com/team-slug';

/** A catalog User's SCM identity (lowercased login or e-mail). */
export interface UserIdentity {
  identity: string;
  userRef: string;
  displayName?: string;
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

function userIdentities(user: Entity): string[] {
  const annotations = user.metadata.annotations ?? {};
  const email = (user.spec as any)?.profile?.email as string | undefined;
  return [
    annotations[GITHUB_USER_LOGIN_ANNOTATION],
    annotations[GITLAB_USER_LOGIN_ANNOTATION],
    email,
  ]
    .filter((v): v is string => Boolean(v))
    .map(v => v.trim().toLowerCase());
}

/**
 * The organisation as the catalog describes it: the group tree, who is a
 * member of what (nested groups included), and the SCM identities of Users.
 */
export class OrgDirectory {
  private readonly parents = new Map<string, string[]>();
  private readonly directMembers = new Map<string, string[]>();
  private readonly users = new Map<string, Entity>();
  private readonly groups = new Map<string, Entity>();
  /** team slug -> logins, filled as pull requests name teams */
  private readonly teams = new Map<string, string[]>();

  constructor(groups: Entity[], users: Entity[]) {
    for (const group of groups) {
      this.groups.set(stringifyEntityRef(group), group);
      this.parents.set(
        stringifyEntityRef(group),
        relationTargets(group, RELATION_CHILD_OF),
      );
    }
    for (const user of users) {
      const ref = stringifyEntityRef(user);
      this.users.set(ref, user);
      for (const group of relationTargets(user, RELATION_MEMBER_OF)) {
        this.directMembers.set(group, [
          ...(this.directMembers.get(group) ?? []),
          ref,
        ]);
      }
    }
  }

  /** Each group with itself and every ancestor (cycles are cut). */
  groupAncestors(): Array<{ groupRef: string; ancestorRef: string }> {
    const rows: Array<{ groupRef: string; ancestorRef: string }> = [];
    for (const groupRef of this.parents.keys()) {
      const seen = new Set<string>();
      const queue = [groupRef];
      while (queue.length) {
        const next = queue.shift()!;
        if (!seen.has(next)) {
          seen.add(next);
          rows.push({ groupRef, ancestorRef: next });
          queue.push(...(this.parents.get(next) ?? []));
        }
      }
    }
    return rows;
  }

  /** Direct memberships, for filtering reviewers by team. */
  groupMembers(): Array<{ groupRef: string; userRef: string }> {
    return [...this.directMembers].flatMap(([groupRef, refs]) =>
      refs.map(userRef => ({ groupRef, userRef })),
    );
  }

  /** Every User's identities, to name reviewers. */
  userIdentities(): UserIdentity[] {
    return [...this.users].flatMap(([userRef, user]) =>
      userIdentities(user).map(identity => ({
        identity,
        userRef,
        displayName:
          (user.spec as any)?.profile?.displayName ?? user.metadata.name,
      })),
    );
  }

  /**
   * Each User's SCM logins with the User's e-mail: a review names its
   * author by login, a `Co-authored-by:` line by e-mail, and only the
   * catalog knows they are the same person.
   */
  emailsByLogin(): Map<string, string> {
    const emails = new Map<string, string>();
    for (const user of this.users.values()) {
      const annotations = user.metadata.annotations ?? {};
      const email = (user.spec as any)?.profile?.email as string | undefined;
      for (const login of [
        annotations[GITHUB_USER_LOGIN_ANNOTATION],
        annotations[GITLAB_USER_LOGIN_ANNOTATION],
      ]) {
        if (login && email) {
          emails.set(login.trim().toLowerCase(), email.trim().toLowerCase());
        }
      }
    }
    return emails;
  }

  /**
   * The GitHub logins of the members of the Group that a team request names
   * (`org/team-slug`, matched against the Group's `github.com/team-slug`
   * annotation, case-insensitively), nested groups included.
   */
  teamLogins(team: string): string[] {
    const wanted = team.trim().toLowerCase();
    if (!this.teams.has(wanted)) {
      const group = [...this.groups].find(
        ([, entity]) =>
          entity.metadata.annotations?.[
            GITHUB_TEAM_SLUG_ANNOTATION
          ]?.trim().toLowerCase() === wanted,
      );
      const logins = group
        ? this.membersOf(group[0])
            .map(
              ref =>
                this.users.get(ref)?.metadata.annotations?.[
                  GITHUB_USER_LOGIN_ANNOTATION
                ],
            )
            .filter((login): login is string => Boolean(login))
        : [];
      this.teams.set(wanted, logins);
    }
    return this.teams.get(wanted)!;
  }

  /** Users in a group or any group below it. */
  membersOf(groupRef: string): string[] {
    const groups = new Set(
      this.groupAncestors()
        .filter(r => r.ancestorRef === groupRef)
        .map(r => r.groupRef),
    );
    return [...groups].flatMap(g => this.directMembers.get(g) ?? []);
  }

  /**
   * SCM identities of senior reviewers: Group refs expand to their nested
   * members, User refs to the user's logins and e-mail, anything else is
   * taken as a login or e-mail.
   */
  seniorIdentities(entries: string[]): string[] {
    const identities = new Set<string>();
    for (const entry of entries) {
      const kind = entry.includes(':')
        ? parseEntityRef(entry).kind.toLocaleLowerCase('en-US')
        : undefined;
      const ref = kind ? stringifyEntityRef(parseEntityRef(entry)) : undefined;
      let userRefs: string[] = [];
      if (kind === 'group') {
        userRefs = this.membersOf(ref!);
      } else if (kind === 'user') {
        userRefs = [ref!];
      }
      if (!kind) {
        identities.add(entry.trim().toLowerCase());
      }
      for (const userRef of userRefs) {
        const user = this.users.get(userRef);
        (user ? userIdentities(user) : []).forEach(i => identities.add(i));
      }
    }
    return [...identities];
  }
}
