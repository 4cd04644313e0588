using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class LocalViewTests
{
    static float At(float[] view, int radius, int channel, int dRow, int dColumn)
    {
        var side = 2 * radius + 1;
        return view[channel * side * side + (dRow + radius) * side + dColumn + radius];
    }

    [Fact]
    public void When_the_robot_looks_around_then_walls_dirt_and_dock_are_placed_relative_to_it()
    {
        var world = new VacuumWorld(Rooms.Furnished());
        world.Step(Move.Right);

        var view = LocalView.Encode(world, radius: 2);

        Assert.Equal(3 * 5 * 5, view.Length);
        Assert.Equal(1, At(view, 2, 0, -1, 0));
        Assert.Equal(1, At(view, 2, 0, 0, 1));
        Assert.Equal(0, At(view, 2, 0, 0, 0));
        Assert.Equal(1, At(view, 2, 0, -2, -2));
        Assert.Equal(1, At(view, 2, 1, 1, 1));
        Assert.Equal(1, At(view, 2, 1, 0, 2));
        Assert.Equal(2, view.Skip(25).Take(25).Sum());
        Assert.Equal(1, At(view, 2, 2, 0, -1));
        Assert.Equal(1, view.Skip(50).Sum());
    }

    [Fact]
    public void When_dirt_is_cleaned_then_it_leaves_the_view()
    {
        var world = new VacuumWorld(Rooms.Corridor());
        world.Step(Move.Right);
        var before = LocalView.Encode(world, 1);

        world.Step(Move.Right);
        world.Step(Move.Left);

        Assert.Equal(1, At(before, 1, 1, 0, 1));
        Assert.Equal(0, LocalView.Encode(world, 1).Skip(9).Take(9).Sum());
    }

    [Fact]
    public void When_two_rooms_look_the_same_around_the_robot_then_the_views_are_equal()
    {
        var small = new VacuumWorld(VacuumLayout.Parse("#####\n#D.*#\n#####"));
        var shifted = new VacuumWorld(VacuumLayout.Parse("###.###\n#######\n###D.*#\n#######"));

        Assert.Equal(LocalView.Encode(small, 1), LocalView.Encode(shifted, 1));
        Assert.NotEqual(LocalView.Encode(small, 2), LocalView.Encode(shifted, 2));
    }

    [Fact]
    public void When_the_buffer_has_the_wrong_size_then_it_says_which_size_is_needed()
    {
        var world = new VacuumWorld(Rooms.Corridor());

        var error = Assert.Throws<ArgumentException>(() => LocalView.Encode(world, 1, new float[10]));

        Assert.Contains("radius 1 needs 27 floats; got 10", error.Message);
    }
}
