namespace Notebooks.Kernel.Reinforcement;

/// <summary>What stands on a cell. Dirt and the dock lie on floor.</summary>
public enum Tile { Floor, Wall, Furniture }
