/** Words shown as a sentence of their own: a capital first letter and a full stop. */
export function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?。]$/.test(capital) ? capital : `${capital}.`;
}
