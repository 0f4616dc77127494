/** See options.mjs. */
export const prettyCodeOptions: {
  theme: { light: string; dark: string };
  keepBackground: boolean;
  defaultLang: string;
};
