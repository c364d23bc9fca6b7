/** The embed's own strings (same rules as messages.ts): it shows no other error, so it does not carry error-messages.ts. */
export const embedMessages = {
  notBundledTitle: 'The timeline could not be loaded',
  notBundled: (file: string) =>
    `This embedded timeline carries only the datasets it was built with, and ${file} is not one of them. Open the full view to see it.`,
};
