namespace Notebooks.Tests; public class Placeholder {}
