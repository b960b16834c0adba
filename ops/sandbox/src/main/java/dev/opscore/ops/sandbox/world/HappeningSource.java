package dev.opscore.ops.sandbox.world;

import java.util.List;

/** One kind of actor in the world: what it will do next, given the rows as they are now. */
interface HappeningSource {

    List<Happening> pending(WorldContext context);
}
