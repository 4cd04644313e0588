using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

/// <summary>Small maps whose answers can be worked out by hand.</summary>
static class Rooms
{
    /// <summary>D at column 1, dirt at column 3: two moves right clean it, two moves left dock.</summary>
    public static VacuumLayout Corridor() => VacuumLayout.Parse("""
        #####
        #D.*#
        #####
        """, "corridor");

    public static VacuumLayout Furnished() => VacuumLayout.Parse("""
        ######
        #D.F*#
        #..*.#
        ######
        """, "furnished");
}
