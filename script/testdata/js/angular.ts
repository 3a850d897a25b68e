// Harder TypeScript: decorators, overloads, index signatures, declare, mapped types.
import { Injectable } from '@angular/core';
type Mapped<T> = { readonly [K in keyof T]?: T[K] extends Function ? never : T[K] };
type Tpl = `cookie-${string}`;
type Tuple = [name: string, age?: number];
declare module 'x' { export const y: number; }
declare global { interface Window { dataLayer: unknown[] } }
export abstract class Base<T extends object = {}> {
  abstract load(id: string): Promise<T>;
  [key: string]: unknown;
  static readonly KEY: unique symbol = Symbol();
}
@Injectable({ providedIn: 'root' })
export class AuthService extends Base<User> implements OnInit {
  private token?: string;
  remember(t: string): void { document.cookie = `token=${t}; Secure`; } // want write "token" fn="remember" attrs~"Secure"
  constructor(private readonly http: HttpClient, @Inject(TOKEN) private tok: string) { super(); }
  isUser(x: unknown): x is User { return typeof x === 'object'; }
  assertOk(x: unknown): asserts x is string {}
  load(id: string): Promise<User> { return this.http.get<User>(`/u/${id}`).toPromise() as Promise<User>; }
  logout(): void {
    document.cookie = 'token=; Max-Age=0; path=/'; // want delete "token" logout fn="logout"
  }
}
function overload(a: string): string;
function overload(a: number): number;
function overload(a: any): any { return a; }
const obj = { a: 1 } as const satisfies Record<string, number>;
const fn = function <T>(this: void, x: T): T { return x; };
let v = (window as any).foo!.bar as Array<Map<string, Set<number>>>;
for (let i: number = 0; i < 3; i++) {}
const f2 = async <T,>(x: T): Promise<T> => x;
const keys = Object.keys(obj) as (keyof typeof obj)[];
export { type Mapped as M2 };
export type { Tuple };
