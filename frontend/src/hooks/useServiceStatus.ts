import { useSyncExternalStore } from 'react';
import { api, type ApiClient, type Service } from '../api/client';

export function useUnavailableServices(client: ApiClient = api): ReadonlySet<Service> {
  return useSyncExternalStore(
    (notify) => client.onServiceStatus(notify),
    () => client.unavailableServices,
  );
}
