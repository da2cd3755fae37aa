/**
 * Sessions of an edition still in draft are not published: their dates may still change, so nobody is shown them,
 * invited to them or reminded of them. SQL condition on the edition alias given.
 */
export const isPublishedEdition = (alias: string) => `${alias}.status <> 'draft'`;
