import { download } from './http'

/** The congress minutes (biên bản đại hội), with the resolution's text when one of the congress's documents is named. */
export const congressMinutesApi = {
  download: (congressId: number, format: 'docx' | 'pdf', resolutionId?: number | null) =>
    download(`/api/congresses/${congressId}/minutes/${format}`, { resolutionId: resolutionId ?? undefined },
      `bien-ban-dai-hoi-${congressId}.${format}`),
}
