/**
 * Power emblems as textures. The SVGs are loaded once, then rasterised again
 * at exactly the size they are shown (crisp at every UI scale, no blurry
 * down-scaling). Each emblem always sits beside the power's code (US/CN/RU).
 */
import type * as Phaser from 'phaser';
import type { Power } from '../../game';
import { POWERS } from '../../game';
import usUrl from '../../assets/icons/us.svg?url';
import chinaUrl from '../../assets/icons/china.svg?url';
import russiaUrl from '../../assets/icons/russia.svg?url';
import { POWER_CODE, POWER_COLOUR } from './palette';
import { TEXTURE_RESOLUTION } from './widgets';

const ICON_URL: Readonly<Record<Power, string>> = { us: usUrl, china: chinaUrl, russia: russiaUrl };
/** Size the SVGs are first rasterised at by the loader. */
const SOURCE_PX = 128;
/** Below this an emblem is a smudge. */
const MIN_ICON_PX = 8;

const sourceKey = (p: Power): string => `emblem-src-${p}`;

export function preloadIcons(scene: Phaser.Scene): void {
  for (const p of POWERS) scene.load.svg(sourceKey(p), ICON_URL[p], { width: SOURCE_PX, height: SOURCE_PX });
}

/** Texture key of a power's emblem rasterised for `px` CSS pixels. */
export function iconKey(scene: Phaser.Scene, p: Power, px: number): string {
  const size = Math.max(MIN_ICON_PX, Math.round(px * TEXTURE_RESOLUTION));
  const key = `emblem-${p}-${size}`;
  if (scene.textures.exists(key)) return key;
  const tex = scene.textures.createCanvas(key, size, size);
  if (!tex) return key;
  const ctx = tex.getContext();
  const src = scene.textures.exists(sourceKey(p)) ? scene.textures.get(sourceKey(p)).getSourceImage() : null;
  if (src instanceof HTMLImageElement || src instanceof HTMLCanvasElement) {
    ctx.drawImage(src, 0, 0, size, size);
  } else {
    // The emblem failed to load: a coloured disc with the power's code still says who it is.
    ctx.fillStyle = POWER_COLOUR[p].css;
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.font = `bold ${Math.round(size * 0.42)}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(POWER_CODE[p], size / 2, size / 2 + 1);
  }
  tex.refresh();
  return key;
}

/** Show a power's emblem on an image at `px` CSS pixels. */
export function showIcon(img: Phaser.GameObjects.Image, p: Power, px: number): void {
  const key = iconKey(img.scene, p, px);
  if (img.texture.key !== key) img.setTexture(key);
  img.setDisplaySize(px, px);
}
