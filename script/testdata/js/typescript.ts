// TypeScript: types, generics, interfaces, enums, modifiers, assertions.
import type { Request } from 'express';
import { type Options, helper } from './lib';

export interface CookieOptions {
  path?: string;
  maxAge?: number;
  sameSite: 'lax' | 'strict' | 'none';
}

type Pair<K, V> = { key: K; value: V };
export type Maybe<T> = T | null | undefined;

enum Flag { On = 'on', Off = 'off' }
declare const __DEV__: boolean;
declare function track(event: string): void;

const DAY: number = 24 * 60 * 60;

function setCookie<T extends string>(name: T, value: string, opts: CookieOptions = { sameSite: 'lax' }): void {
  const maxAge = opts.maxAge ?? DAY;
  document.cookie = `${name}=${encodeURIComponent(value)}; path=${opts.path ?? '/'}; max-age=${maxAge}; samesite=${opts.sameSite}`;
}

function getCookie(name: string): string | undefined {
  const parts = `; ${document.cookie}`.split(`; ${name}=`);
  if (parts.length === 2) return parts.pop()!.split(';').shift();
  return undefined;
}

export class CookieJar<V = string> implements Iterable<V> {
  private readonly prefix: string;
  public static instances: number = 0;
  protected store!: Map<string, V>;

  constructor(private readonly domain: string, prefix?: string) {
    this.prefix = prefix ?? '';
  }

  get(name: string): string | null;
  get(name: string, fallback: string): string;
  get(name: string, fallback?: string): string | null {
    const v = (document.cookie as string).match(new RegExp(`(?:^|; )${name}=([^;]*)`)); // want read ? fn="get"
    return v ? decodeURIComponent(v[1]) : fallback ?? null;
  }

  public async signOut(): Promise<void> {
    document.cookie = `jar=; expires=${new Date(0).toUTCString()}; domain=${this.domain}`; // want delete "jar" logout fn="signOut"
  }

  *[Symbol.iterator](): Iterator<V> {}
}

setCookie<'theme'>('theme', 'dark', { path: '/', maxAge: 3600, sameSite: 'strict' }); // want write "theme" attrs~"max-age=3600; samesite=strict"
const t = getCookie('theme') as Flag | undefined; // want read "theme"
const el = document.getElementById('logout')!;
el.addEventListener('click', (e: MouseEvent): void => {
  setCookie('theme', '', { maxAge: 0, sameSite: 'lax' }); // want delete "theme" logout
});
const pair = <Pair<string, number>>{ key: 'a', value: 1 };
const x = helper<string>(pair satisfies object) as unknown as number;
let later!: string;
