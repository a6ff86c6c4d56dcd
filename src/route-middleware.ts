/**
 * Starlight route middleware: a page titled like the site (the home page) gets the site's name
 * alone as its `<title>`, instead of Starlight's doubled "MAI Numbers | MAI Numbers".
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  const title = route.head.find((h) => h.tag === 'title');
  if (title && route.entry.data.title.trim() === route.siteTitle.trim()) title.content = route.siteTitle;
});
