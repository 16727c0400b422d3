/**
 * Whether a form submission must be refused because the browser is offline. Anything that sends
 * data (server actions, uploads, votes, teacher actions) is refused, so nothing is silently lost;
 * only forms that explicitly say method="get" (search, filters) may go on, since the service
 * worker can answer them from pages already saved.
 */
export function refusesOffline(
  form: HTMLFormElement,
  submitter: HTMLElement | null,
  online: boolean,
): boolean {
  if (online) return false;
  const method = submitter?.getAttribute('formmethod') ?? form.getAttribute('method') ?? '';
  return method.toLowerCase() !== 'get';
}
