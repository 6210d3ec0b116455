import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots.ts';

/** /robots.txt under the base path (a host serving the site under a sub-path must copy it to its root). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
