package io.stagecraft.core.model;

/** One end of a stage-graph edge: a stage of the Dockerfile or an external image. */
public sealed interface NodeRef permits NodeRef.StageRef, NodeRef.ImageRef {

  /** A stage, by index. */
  record StageRef(int index) implements NodeRef {}

  /** An image that is not a stage of this Dockerfile, named as resolved. */
  record ImageRef(String image) implements NodeRef {}
}
