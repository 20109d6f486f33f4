/** Phaser's sources, reached by path in the client build (client/board/phaserBuild.ts); typed through the `phaser` package instead. */
declare module 'phaser-src/*' {
  const m: unknown;
  export default m;
}
