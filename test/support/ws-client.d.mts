import type { Client, ClientOptions } from 'graphql-ws';

export function cookieClient(url: string, cookie: string, options?: Partial<ClientOptions>): Client;
