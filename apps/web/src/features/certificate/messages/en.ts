import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the certificate feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'certificate.title': 'Certificate',
  'certificate.intro': 'You complete an edition with enough programme days attended and every assignment approved. Then you download your certificate here.',
  'certificate.none': 'You are not a participant of an edition.',
  'certificate.attendance': { one: '{attended} of {count} programme day attended (at least {threshold}% needed)', other: '{attended} of {count} programme days attended (at least {threshold}% needed)' },
  'certificate.assignments': { one: '{approved} of {count} assignment approved', other: '{approved} of {count} assignments approved' },
  'certificate.daysRemaining': { one: '{count} programme day still to come', other: '{count} programme days still to come' },
  'certificate.met': '(met)',
  'certificate.notMet': '(not met yet)',
  'certificate.completed': 'Congratulations: you have completed this edition!',
  'certificate.download': 'Download your certificate (PDF)',
  'certificate.badge': 'Download as Open Badge (PNG)',
  'certificate.badgeHint': 'The Open Badge is your certificate as a digital badge: add it to your profile or badge backpack. Whoever opens it checks it with Koers.',
  'certificate.notYet': 'Your certificate appears here once you meet every condition.',
  'certificate.notCompleted': 'This edition is completed and you did not meet every condition, so there is no certificate. Questions? Contact the programme office.',
  'certificate.issued': 'Your certificate was issued on {date}, with the records of that moment. Questions about records corrected since? Contact the programme office.',
  'certificate.verify.title': 'Verify a certificate',
  'certificate.verify.intro': 'Every Koers certificate carries a verification code. Enter it here to see whether the certificate is genuine and what it certifies.',
  'certificate.verify.code': 'Verification code',
  'certificate.verify.hint': 'For example K7QM-2XHD-9RTA.',
  'certificate.verify.invalid': 'A verification code has twelve letters and digits, such as K7QM-2XHD-9RTA.',
  'certificate.verify.submit': 'Verify',
};
