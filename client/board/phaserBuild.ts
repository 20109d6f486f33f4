/**
 * The part of Phaser the board uses, built from Phaser's sources with the Canvas renderer only
 * (vite.config.ts aliases `phaser` here in the client build and sets the renderer flags): the
 * board draws on a 2D canvas (docs/decisions/board-canvas-idle.md) with four kinds of game
 * object, so the WebGL renderer, its shaders and filters, the other game objects, physics,
 * tilemaps and sound are left out (docs/decisions/phaser-canvas-build.md). Types still come from
 * the `phaser` package: a name the board uses at run time must be exported here too, which the
 * browser tests catch at once (the board never becomes ready).
 */
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import Polygon from 'phaser-src/geom/polygon/index.js';
import Rectangle from 'phaser-src/geom/rectangle/index.js';
import Vector2 from 'phaser-src/math/Vector2.js';
import Scale from 'phaser-src/scale/index.js';
import Scene from 'phaser-src/scene/Scene.js';
// What registers itself when loaded: the systems every scene gets (the Game refuses to start
// without the core ones: "Core Plugins missing"), `add.graphics()` and the like, and `load.svg()`.
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/data/DataManagerPlugin.js';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/loader/filetypes/SVGFile.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/tweens/TweenManager.js';

const { AUTO, CANVAS } = CONST as { AUTO: number; CANVAS: number };
const GameObjects = { Container, Graphics, Image, Text };
const Geom = { Polygon, Rectangle };
const PhaserMath = { Vector2 };
export { AUTO, CANVAS, Game, GameObjects, Geom, PhaserMath as Math, Scale, Scene };
