/**
 * The figures of the architecture page, together: the live page loads them as one chunk
 * (src/client/figures-draw.ts), which is smaller than three.
 */
export { latentMoe } from './latent-moe';
export { layerStack } from './layer-stack';
export { params } from './params';
