import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the review feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'review.title': 'Review',
  'review.intro': 'Work handed in that is waiting for feedback, oldest first.',
  'review.filters': 'Filter',
  'review.edition': 'Edition',
  'review.allEditions': 'All editions',
  'review.assignment': 'Assignment',
  'review.allAssignments': 'All assignments',
  'review.chooseEditionFirst': 'Choose an edition first',
  'review.count': 'Waiting for feedback: {count}',
  'review.item': '{participant}: {assignment}',
  'review.version': 'version {number}',
  'review.backToQueue': '← Back to the queue',
  'review.submission.title': '{assignment} by {participant}',
  'review.submission.instructions': 'Instructions',
  'review.submission.versions': 'Versions handed in',
  'review.feedback.title': 'Feedback on the latest version',
  'review.feedback.comment': 'Your feedback',
  'review.feedback.outcome': 'Verdict',
  'review.feedback.approvalFixed': 'The edition is completed: approved work stays approved. You can still add to your feedback.',
  'review.feedback.submit': 'Give feedback',
  'review.feedback.chooseOutcome': 'Choose approved or revise.',
  'review.feedback.commentRequired': 'Write what needs to improve, so the participant knows what to do.',
  'review.feedback.savedApproved': 'Approved. {name} sees your feedback right away.',
  'review.feedback.savedRevise': 'Sent back for revision. {name} sees your feedback right away.',
};
