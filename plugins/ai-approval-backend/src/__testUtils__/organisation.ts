import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  PEOPLE,
  SENIOR_REVIEWERS,
  SENIOR_TEAM_SLUG,
} from '@internal/github-simulator';

/**
 * A catalog organisation around the simulator's dataset, as the catalog
 * would return it (relations included, since a mocked catalog does not
 * compute them):
 *
 * ```
 * engineering            senior-engineers     principal-engineers
 * ├── platform           └── staff-engineers  (not configured as senior)
 * │   └── platform-core
 * └── product
 * ```
 *
 * The dataset's senior reviewers are members of `senior-engineers` or of
 * its nested `staff-engineers`; two of them and one other person are
 * `principal-engineers`.
 */
export const GROUPS = {
  engineering: 'group:default/engineering',
  platform: 'group:default/platform',
  platformCore: 'group:default/platform-core',
  product: 'group:default/product',
  seniors: 'group:default/senior-engineers',
  staff: 'group:default/staff-engineers',
  principals: 'group:default/principal-engineers',
} as const;

const PARENT: Record<string, string | undefined> = {
  [GROUPS.platform]: GROUPS.engineering,
  [GROUPS.platformCore]: GROUPS.platform,
  [GROUPS.product]: GROUPS.engineering,
  [GROUPS.staff]: GROUPS.seniors,
};

/** Logins of the principal engineers (the alternative senior group). */
export const PRINCIPAL_LOGINS = [
  SENIOR_REVIEWERS[0].actor.login,
  SENIOR_REVIEWERS[1].actor.login,
  PEOPLE[19].actor.login,
];

function name(ref: string): string {
  return ref.split('/')[1];
}

/** The GitHub team the seniors group is (`github.com/team-slug`), as the org provider imports it. */
export const SENIOR_TEAM = `acme/${SENIOR_TEAM_SLUG}`;

function group(ref: string): Entity {
  const parent = PARENT[ref];
  const annotations: Record<string, string> =
    ref === GROUPS.seniors ? { 'github.com/team-slug': SENIOR_TEAM } : {};
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: name(ref), namespace: 'default', annotations },
    spec: { type: 'team', children: [] },
    relations: parent ? [{ type: RELATION_CHILD_OF, targetRef: parent }] : [],
  };
}

function groupsOf(login: string, index: number): string[] {
  const seniorIndex = SENIOR_REVIEWERS.findIndex(p => p.actor.login === login);
  const groups: string[] = [index % 2 ? GROUPS.product : GROUPS.platformCore];
  if (seniorIndex >= 0) {
    groups.push(seniorIndex < 4 ? GROUPS.seniors : GROUPS.staff);
  }
  if (PRINCIPAL_LOGINS.includes(login)) {
    groups.push(GROUPS.principals);
  }
  return groups;
}

function users(): Entity[] {
  return PEOPLE.map((person, index) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: person.actor.login,
      namespace: 'default',
      annotations: { 'github.com/user-login': person.actor.login },
    },
    spec: {
      profile: { displayName: person.name, email: person.email },
      memberOf: groupsOf(person.actor.login, index),
    },
    relations: groupsOf(person.actor.login, index).map(targetRef => ({
      type: RELATION_MEMBER_OF,
      targetRef,
    })),
  }));
}

/** A catalog Component and where its repositories are. */
export interface ServiceSpec {
  name: string;
  owner: string;
  system?: string;
  /** `owner/name` on the simulator: `github.com/project-slug` plus a source location */
  slug?: string;
  /** URLs for `ai-approval/repositories` */
  repositories?: string[];
}

function component(spec: ServiceSpec, simulatorHost: string): Entity {
  const annotations: Record<string, string> = {};
  if (spec.slug) {
    annotations['github.com/project-slug'] = spec.slug;
    annotations[
      'backstage.io/source-location'
    ] = `url:http://${simulatorHost}/${spec.slug}/tree/main/`;
  }
  if (spec.repositories) {
    annotations['ai-approval/repositories'] = spec.repositories.join(',');
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: spec.name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: spec.owner },
    relations: [
      { type: RELATION_OWNED_BY, targetRef: spec.owner },
      ...(spec.system
        ? [{ type: RELATION_PART_OF, targetRef: spec.system }]
        : []),
    ],
  };
}

/** Groups, Users and the given Components, as the catalog returns them. */
export function catalogEntities(
  services: ServiceSpec[],
  simulatorHost: string,
): Entity[] {
  return [
    ...Object.values(GROUPS).map(group),
    ...users(),
    ...services.map(s => component(s, simulatorHost)),
  ];
}

/** The groups a group belongs to, itself included. */
export function ancestorsOf(ref: string): string[] {
  const chain = [ref];
  for (let next = PARENT[ref]; next; next = PARENT[next]) {
    chain.push(next);
  }
  return chain;
}
