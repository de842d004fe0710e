import { computed, reactive } from 'vue'
import { api } from './api/api'
import type { Me, Unit } from './api/types'

export const session = reactive({
  me: null as Me | null,
  meStatus: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
  units: null as Unit[] | null,
})

export async function loadMe(): Promise<void> {
  session.meStatus = 'loading'
  try {
    session.me = await api.me()
    session.meStatus = 'ready'
  } catch {
    session.meStatus = 'error'
  }
}

export function hasRole(me: Me | null, ...roles: string[]): boolean {
  return !!me && me.roles.some((r) => roles.includes(r.toLowerCase()))
}

/** Ward officers and administrators manage the whole ward. */
export const isOfficer = computed(() => hasRole(session.me, 'officer', 'admin'))

/** Secretaries manage the members of their own units. */
export const isSecretary = computed(() => hasRole(session.me, 'secretary', 'deputy_secretary', 'deputy-secretary'))

export const canManageMembers = computed(() => isOfficer.value || isSecretary.value)

/** The unit list, fetched once and shared; `force` refetches after a change. */
export async function loadUnits(force = false): Promise<Unit[]> {
  if (session.units && !force) return session.units
  session.units = await api.units()
  return session.units
}
