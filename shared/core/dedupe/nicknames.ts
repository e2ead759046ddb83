/** Common English nicknames → the formal given name, so "Bob Smith" meets "Robert Smith". Cheap and deliberately short. */
const FORMAL: Record<string, string> = {
  bob: 'robert', rob: 'robert', robbie: 'robert', bobby: 'robert', bill: 'william', will: 'william', willy: 'william', billy: 'william', liam: 'william',
  mike: 'michael', mick: 'michael', jim: 'james', jimmy: 'james', jamie: 'james', tom: 'thomas', tommy: 'thomas', dave: 'david', davy: 'david',
  dan: 'daniel', danny: 'daniel', joe: 'joseph', joey: 'joseph', chris: 'christopher', matt: 'matthew', nick: 'nicholas', tony: 'anthony',
  steve: 'stephen', andy: 'andrew', drew: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin', jack: 'john', johnny: 'john', jon: 'john',
  ed: 'edward', eddie: 'edward', ted: 'edward', rick: 'richard', dick: 'richard', rich: 'richard', greg: 'gregory', jeff: 'jeffrey', ken: 'kenneth',
  liz: 'elizabeth', beth: 'elizabeth', betty: 'elizabeth', lizzie: 'elizabeth', kate: 'katherine', katie: 'katherine', kathy: 'katherine', cathy: 'catherine',
  sue: 'susan', susie: 'susan', jenny: 'jennifer', jen: 'jennifer', meg: 'margaret', maggie: 'margaret', peggy: 'margaret', patty: 'patricia', pat: 'patricia',
  becky: 'rebecca', vicky: 'victoria', debbie: 'deborah', abby: 'abigail', ellie: 'eleanor', sophie: 'sophia', mandy: 'amanda', mary: 'mary', molly: 'mary',
};

export function formalName(token: string): string {
  return FORMAL[token] ?? token;
}
