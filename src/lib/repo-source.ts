/**
 * The web address of a file in the site's repository, for the engine appendix's "source" links:
 * GitHub's form (`<repo>/blob/HEAD/<path>`, HEAD being the default branch). Undefined when no
 * REPO_URL is configured: the page then names the path alone rather than guess an address.
 */
export function repoSourceUrl(repoUrl: string | undefined, path: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/blob/HEAD/${path.replace(/^\/+/, '')}`;
}
