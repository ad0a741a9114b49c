// A fixture for the layering test, never compiled: a dialog writing around core's operations.
void save(Notebook& notebook)
{
    core::Transaction transaction(notebook.database());
}
