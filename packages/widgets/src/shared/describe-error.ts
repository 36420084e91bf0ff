import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import { translateKey, type AnyTranslator } from './i18n/localize.js';

/** Turns any failure into one sentence a user can act on, in the user's language. */
export function describeError(t: AnyTranslator, error: unknown): string {
  if (!isEnterpriseCenterError(error)) return t('error.generic', { code: 'UNKNOWN' });
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t('error.network');
    case 'TIMEOUT':
      return t('error.timeout');
    case 'APIG.0301':
      return t('error.unauthorized');
    case 'CBC.0151':
      return t('error.forbidden');
    case 'APIG.0308':
      return t('error.throttled', { seconds: error.retryAfter ?? 1 });
    case 'INVALID_RESPONSE':
      return t('error.invalidResponse', { code: error.code });
    case 'INVALID_REQUEST':
    case 'CBC.0100':
      return t('error.invalidRequest', { message: error.message });
    case 'EM.1001':
      return t('error.conditions');
    case 'EM.1003':
      return t('error.notFound');
    case 'EM.1004':
      return t('error.wrongState', {
        status: translateKey(t, `status.${error.invitationStatus ?? 'unknown'}`),
      });
    case 'EM.1005':
      return t('error.agreementsChanged');
    default:
      return t('error.generic', { code: error.code });
  }
}

/** Failures worth offering a retry for: the request may succeed if sent again. */
export function isRetryable(error: unknown): boolean {
  if (!isEnterpriseCenterError(error)) return false;
  return (
    ['NETWORK_ERROR', 'TIMEOUT', 'APIG.0308', 'CBC.0999'].includes(error.code) ||
    error.status >= 500
  );
}
