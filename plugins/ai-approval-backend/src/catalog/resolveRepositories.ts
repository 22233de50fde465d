import { Entity } from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION,
  AI_APPROVAL_REPOSITORIES_ANNOTATION,
  GITHUB_PROJECT_SLUG_ANNOTATION,
  MANAGED_BY_LOCATION_ANNOTATION,
  SOURCE_LOCATION_ANNOTATION,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import path from 'path';

/** A repository an entity links to, and how to read it. */
export interface RepositoryTarget {
  source: 'github' | 'git';
  host: string;
  /** `owner/name` on GitHub; the annotation entry for plain git */
  slug: string;
  url?: string;
  /** plain git: the path or clone URL to read */
  location?: string;
  /** why it cannot be read, e.g. no integration for its host */
  problem?: string;
}

const GITHUB_DOT_COM = 'github.com';

function splitList(value?: string): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function parseGithubUrl(
  raw: string,
): { host: string; slug: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw.replace(/^url:/, ''));
  } catch {
    return undefined;
  }
  const [owner, name] = url.pathname.split('/').filter(Boolean);
  if (!owner || !name) {
    return undefined;
  }
  return { host: url.host, slug: `${owner}/${name.replace(/\.git$/, '')}` };
}

function githubTarget(
  host: string,
  slug: string,
  integrations: ScmIntegrationRegistry,
): RepositoryTarget {
  const target: RepositoryTarget = {
    source: 'github',
    host,
    slug,
    url: `https://${host}/${slug}`,
  };
  if (!integrations.github.byHost(host)) {
    target.problem = `No GitHub integration configured for host ${host}; add it under integrations.github`;
  }
  return target;
}

function fromRepositoriesAnnotation(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): RepositoryTarget[] {
  const value =
    entity.metadata.annotations?.[AI_APPROVAL_REPOSITORIES_ANNOTATION];
  return splitList(value).map(entry => {
    const parsed = parseGithubUrl(entry);
    if (parsed) {
      return githubTarget(parsed.host, parsed.slug, integrations);
    }
    if (/^[\w.-]+\/[\w.-]+$/.test(entry)) {
      return githubTarget(GITHUB_DOT_COM, entry, integrations);
    }
    return {
      source: 'github',
      host: 'unknown',
      slug: entry,
      problem: `Cannot read "${entry}" in ${AI_APPROVAL_REPOSITORIES_ANNOTATION}: use a URL or owner/name`,
    };
  });
}

function fromGitAnnotation(
  entity: Entity,
  baseDir: string,
): RepositoryTarget[] {
  const value =
    entity.metadata.annotations?.[AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION];
  return splitList(value).map(entry => {
    const remote = /^([a-z+]+:\/\/|[\w.-]+@[\w.-]+:)/i.test(entry);
    let host = 'local';
    if (remote) {
      host =
        entry.match(/^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)/i)?.[1] ?? 'remote';
    }
    return {
      source: 'git' as const,
      host,
      slug: entry,
      location: remote ? entry : path.resolve(baseDir, entry),
    };
  });
}

function fromLocations(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): RepositoryTarget[] {
  const annotations = entity.metadata.annotations ?? {};
  const targets: RepositoryTarget[] = [];
  for (const name of [
    SOURCE_LOCATION_ANNOTATION,
    MANAGED_BY_LOCATION_ANNOTATION,
  ]) {
    const parsed = annotations[name]?.startsWith('url:')
      ? parseGithubUrl(annotations[name])
      : undefined;
    // only hosts with an integration: a location elsewhere is not a GitHub repo
    if (parsed && integrations.github.byHost(parsed.host)) {
      targets.push(githubTarget(parsed.host, parsed.slug, integrations));
    }
  }
  return targets;
}

/**
 * The repositories an entity links to, from `github.com/project-slug`,
 * `ai-approval/repositories`, `ai-approval/git-repositories` and source or
 * managed-by locations on a GitHub integration host; de-duplicated.
 */
export function resolveRepositories(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
  gitBaseDir: string,
): RepositoryTarget[] {
  const slug = entity.metadata.annotations?.[GITHUB_PROJECT_SLUG_ANNOTATION];
  const locations = fromLocations(entity, integrations);
  const all = [
    ...(slug
      ? [githubTarget(locations[0]?.host ?? GITHUB_DOT_COM, slug, integrations)]
      : []),
    ...fromRepositoriesAnnotation(entity, integrations),
    ...fromGitAnnotation(entity, gitBaseDir),
    ...locations,
  ];
  const seen = new Map<string, RepositoryTarget>();
  for (const target of all) {
    const key = `${target.source}|${target.host}|${target.slug}`.toLowerCase();
    if (!seen.has(key)) {
      seen.set(key, target);
    }
  }
  return [...seen.values()];
}
