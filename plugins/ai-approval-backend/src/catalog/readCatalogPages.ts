import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Entities asked of the catalog per request. */
export const CATALOG_PAGE_SIZE = 500;

/**
 * The entities of the given kinds, a page at a time (`queryEntities` with
 * its cursor), so that no single answer holds the whole catalog.
 */
export async function* readCatalogPages(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  kinds: string[];
  pageSize?: number;
}): AsyncGenerator<Entity[]> {
  const { catalog, credentials } = options;
  const limit = options.pageSize ?? CATALOG_PAGE_SIZE;
  let page = await catalog.queryEntities(
    { filter: { kind: options.kinds }, limit },
    { credentials },
  );
  yield page.items;
  while (page.pageInfo.nextCursor && page.items.length) {
    page = await catalog.queryEntities(
      { cursor: page.pageInfo.nextCursor, limit },
      { credentials },
    );
    yield page.items;
  }
}
