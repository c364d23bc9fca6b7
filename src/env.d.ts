interface ImportMetaEnv {
  /**
   * True in the embed build (vite.embed.config.ts), false in the app's. A
   * constant at build time, so code only the full page needs (the editors'
   * bar, the downloads, the validator) is left out of embed.html.
   */
  readonly DEMARCHE_EMBED: boolean;
}
