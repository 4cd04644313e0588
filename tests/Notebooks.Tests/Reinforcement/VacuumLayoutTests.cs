using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class VacuumLayoutTests
{
    [Fact]
    public void When_a_map_is_parsed_then_tiles_dock_and_dirt_in_reading_order_are_found()
    {
        var layout = Rooms.Furnished();

        Assert.Equal((4, 6), (layout.Height, layout.Width));
        Assert.Equal(new Position(1, 1), layout.Dock);
        Assert.Equal([new Position(1, 4), new Position(2, 3)], layout.Dirt);
        Assert.Equal(Tile.Furniture, layout[new Position(1, 3)]);
        Assert.Equal(Tile.Wall, layout[new Position(0, 0)]);
        Assert.Equal(Tile.Wall, layout[new Position(-1, 2)]);
        Assert.Equal(1, layout.DirtAt(new Position(2, 3)));
        Assert.Equal(-1, layout.DirtAt(new Position(2, 2)));
    }

    [Fact]
    public void When_a_layout_is_printed_then_parsing_the_text_gives_the_same_map()
    {
        var layout = Rooms.Furnished();

        Assert.Equal(layout.ToString(), VacuumLayout.Parse(layout.ToString()).ToString());
        Assert.Equal("######\n#D.F*#\n#..*.#\n######", layout.ToString());
    }

    [Theory]
    [InlineData("#####\n#D.x#\n#####", "line 2, column 4: 'x' is not a map symbol")]
    [InlineData("#####\n#D.*\n#####", "line 2: 4 characters but the widest line has 5")]
    [InlineData("#####\n#..*#\n#####", "no dock")]
    [InlineData("#####\n#D.D#\n#*..#", "line 2, column 4: a second dock")]
    [InlineData("#####\n#D..#\n#####", "no dirt")]
    [InlineData("#####\n#D#*#\n#####", "line 2, column 4: this dirt cannot be reached from the dock")]
    [InlineData("\n  \n", "the map is empty")]
    public void When_a_map_is_wrong_then_the_error_names_the_place_and_the_reason(string map, string expected)
    {
        var error = Assert.Throws<FormatException>(() => VacuumLayout.Parse(map, "my room"));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("my room", error.Message);
    }

    [Fact]
    public void When_the_seed_is_the_same_then_the_random_room_is_the_same_and_all_its_dirt_is_reachable()
    {
        var room = RandomRooms.Create(5, height: 7, width: 9, furniture: 6, dirt: 5);

        Assert.Equal(room.ToString(), RandomRooms.Create(5, 7, 9, 6, 5).ToString());
        Assert.NotEqual(room.ToString(), RandomRooms.Create(6, 7, 9, 6, 5).ToString());
        Assert.Equal(5, room.Dirt.Count);
        Assert.Equal(6, room.Cells().Count(p => room[p] == Tile.Furniture));
        var distance = GridDistances.From(room, room.Dock);
        Assert.All(room.Dirt, d => Assert.True(distance[d.Row, d.Column] > 0));
    }

    [Fact]
    public void When_a_random_room_cannot_hold_its_contents_then_it_says_so()
    {
        var error = Assert.Throws<ArgumentException>(() => RandomRooms.Create(1, height: 4, width: 4, furniture: 3, dirt: 2));

        Assert.Contains("do not fit 4 floor cells", error.Message);
    }

    [Fact]
    public void When_furniture_could_wall_the_dock_in_then_every_drawn_room_still_has_all_its_dirt_reachable()
    {
        // Seed 10,391 with 6 furniture walled the dock in before rooms were redrawn (lesson 02e, full mode).
        var rooms = from seed in Enumerable.Range(10_000, 500).Append(10_391)
                    from furniture in new[] { 2, 6, 12 }
                    select RandomRooms.Create(seed, furniture: furniture);
        foreach (var room in rooms)
        {
            var distance = GridDistances.From(room, room.Dock);
            Assert.Equal(5, room.Dirt.Count);
            Assert.All(room.Dirt, d => Assert.True(distance[d.Row, d.Column] > 0));
        }
    }

    [Fact]
    public void When_no_draw_can_leave_enough_reachable_floor_then_it_says_so_instead_of_looping()
    {
        var error = Assert.Throws<ArgumentException>(() => RandomRooms.Create(1, height: 7, width: 9, furniture: 29, dirt: 5));

        Assert.Contains("fewer than 5 reachable floor cells", error.Message);
    }
}
