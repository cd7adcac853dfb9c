/** The one message the embed page sends its parent: the height of the widget's page. */
export interface EmbedHeightMessage {
  type: 'inserjeunes-indicateurs:height';
  height: number;
}

/** Whether an incoming message is ours and sane (data from another window is untrusted). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === 'inserjeunes-indicateurs:height' &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= 20_000
  );
}
