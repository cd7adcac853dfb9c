import type { Context } from 'hono';
import type { ApiEnv } from './api-env.js';

/**
 * Answers with a text body and keeps the text on the context, so the caching middleware
 * hashes and stores it without reading the response stream back.
 */
export function sendText(
  c: Context<ApiEnv>,
  text: string,
  headers: Record<string, string>,
): Response {
  c.set('payload', text);
  return c.body(text, 200, headers);
}

/** Answers with an HTML page (see {@link sendText}). */
export function sendHtml(
  c: Context<ApiEnv>,
  html: string,
  headers: Record<string, string> = {},
): Response {
  return sendText(c, html, { 'Content-Type': 'text/html; charset=UTF-8', ...headers });
}

/** Answers with `value` as JSON (see {@link sendText}). */
export function sendJson(c: Context<ApiEnv>, value: unknown): Response {
  return sendText(c, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
}
