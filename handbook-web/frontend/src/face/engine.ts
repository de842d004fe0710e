// face-api (TF.js) loaded on demand: only the enrolment page and the face kiosk pay for its ~1 MB, and the
// model files are fetched from this server (copied from the package at build time, see vite.config.ts).

type FaceApi = typeof import('@vladmandic/face-api')

/** Where the build puts the models (vite.config.ts, faceModels()). */
export const MODEL_URL = '/models/face-api'

/**
 * The tiny detector on a small input: CPU-only kiosks (and headless test browsers) detect in a fraction of a
 * second; a delegate stands close to the kiosk's camera, so a small input finds the face. The full (not the
 * tiny) landmark model: it aligns the face better, and the descriptors of one person vary much less with it.
 */
const DETECTOR_INPUT = 320
const MIN_SCORE = 0.4

let loading: Promise<FaceApi> | null = null

/** The part of TF.js used here (face-api's bundled typings leave these out of its `tf` export). */
interface TfBackends {
  setBackend(name: string): Promise<boolean>
  ready(): Promise<void>
}

async function load(): Promise<FaceApi> {
  const faceapi = await import('@vladmandic/face-api')
  const tf = faceapi.tf as unknown as TfBackends
  // WebGL where the machine has it; otherwise the CPU backend (no WebAssembly, nothing the CSP must allow).
  try {
    if (!(await tf.setBackend('webgl'))) throw new Error('no webgl')
  } catch {
    await tf.setBackend('cpu')
  }
  await tf.ready()
  await Promise.all([
    faceapi.nets.tinyFaceDetector.loadFromUri(MODEL_URL),
    faceapi.nets.faceLandmark68Net.loadFromUri(MODEL_URL),
    faceapi.nets.faceRecognitionNet.loadFromUri(MODEL_URL),
  ])
  return faceapi
}

/** Loads the library and the three models once per page. */
export function faceEngine(): Promise<FaceApi> {
  if (!loading) {
    loading = load().catch((e: unknown) => {
      loading = null
      throw e
    })
  }
  return loading
}

/** The descriptor (128 numbers) of the most prominent face in the image or video frame, or null if none. */
export async function describeFace(
  input: HTMLImageElement | HTMLVideoElement | HTMLCanvasElement,
): Promise<Float32Array | null> {
  const faceapi = await faceEngine()
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: DETECTOR_INPUT, scoreThreshold: MIN_SCORE })
  const found = await faceapi.detectSingleFace(input, options).withFaceLandmarks().withFaceDescriptor()
  return found ? found.descriptor : null
}

/** An image element for a photo blob, decoded and ready to be read. */
export async function imageOf(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return img
  } finally {
    URL.revokeObjectURL(url)
  }
}
