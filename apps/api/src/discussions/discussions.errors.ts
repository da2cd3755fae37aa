import { defineError } from '../errors/koers-error';

export class DiscussionNotFoundError extends defineError(404, 'discussion_not_found', {
  nl: 'Dit gesprek bestaat niet.',
  en: 'This discussion does not exist.',
}) {}

export class DiscussionPostNotFoundError extends defineError(404, 'discussion_post_not_found', {
  nl: 'Dit bericht bestaat niet.',
  en: 'This post does not exist.',
}) {}

export class NetworkGroupNotInEditionError extends defineError(400, 'network_group_not_in_edition', {
  nl: 'Kies een netwerkgroep van deze editie waar je bij hoort.',
  en: 'Choose a network group of this edition that you belong to.',
}) {}
