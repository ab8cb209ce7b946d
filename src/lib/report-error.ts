/**
 * Where a reader reports an error: the repository's "new issue" page when the build knows the
 * repository (REPO_URL), else an email address (ERRATA_EMAIL), else nothing to link to, and the
 * page says so rather than invent an address. Pure, so the rule is unit-tested.
 */

export interface ReportChannels {
  /** The repository's web address, such as https://github.com/user/superfactory. */
  repoUrl?: string | undefined;
  errataEmail?: string | undefined;
}

export interface ReportedPage {
  title: string;
  /** The page's absolute URL when the build knows its site, else its path. */
  address: string;
}

export interface ReportLink {
  href: string;
  /** What the link opens, for its label. */
  kind: 'issue' | 'email';
}

export function reportErrorLink(channels: ReportChannels, page: ReportedPage): ReportLink | undefined {
  const subject = `Error on “${page.title}”`;
  const body = `Page: ${page.address}\n\nWhat is wrong, and the source that shows it:\n`;
  if (channels.repoUrl) {
    const url = new URL(`${channels.repoUrl.replace(/\/+$/, '')}/issues/new`);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', body);
    return { href: url.href, kind: 'issue' };
  }
  if (channels.errataEmail) {
    const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    return { href: `mailto:${channels.errataEmail}?${query}`, kind: 'email' };
  }
  return undefined;
}
