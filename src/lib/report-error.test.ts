import { describe, expect, it } from 'vitest';
import { repoSourceUrl } from './repo-source';
import { reportErrorLink } from './report-error';

const page = { title: 'What distance costs', address: 'https://example.org/chapters/what-distance-costs/' };

describe('reportErrorLink', () => {
  it('opens a new issue in the repository when one is configured, naming the page', () => {
    const link = reportErrorLink({ repoUrl: 'https://github.com/user/superfactory/', errataEmail: 'a@b.org' }, page);
    expect(link?.kind).toBe('issue');
    const url = new URL(link?.href ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/user/superfactory/issues/new');
    expect(url.searchParams.get('title')).toBe('Error on “What distance costs”');
    expect(url.searchParams.get('body')).toContain(page.address);
  });

  it('falls back to the configured address, then to nothing', () => {
    const link = reportErrorLink({ errataEmail: 'errata@example.org' }, page);
    expect(link?.kind).toBe('email');
    expect(link?.href).toMatch(/^mailto:errata@example\.org\?subject=Error%20on%20/);
    expect(decodeURIComponent(link?.href ?? '')).toContain(page.address);
    expect(reportErrorLink({}, page)).toBeUndefined();
  });
});

describe('repoSourceUrl', () => {
  it('links a file on the default branch, or nothing without a repository', () => {
    expect(repoSourceUrl('https://github.com/user/superfactory/', 'src/lib/sim/collectives.ts')).toBe(
      'https://github.com/user/superfactory/blob/HEAD/src/lib/sim/collectives.ts',
    );
    expect(repoSourceUrl(undefined, 'src/lib/sim/collectives.ts')).toBeUndefined();
  });
});
