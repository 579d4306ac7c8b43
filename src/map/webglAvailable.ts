/**
 * Whether this browser can create a WebGL context at all. MapLibre also throws a
 * `GPUInitializationError` when it cannot; callers catch that too.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Give the probe context back at once: browsers cap live WebGL contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
