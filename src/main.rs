fn main() {
    console_error_panic_hook::set_once();
    // Instantiating the module and building the app's first view were one long task on a slow
    // phone (about 150 ms at 4x): the app starts in a task of its own.
    leptos::prelude::set_timeout(minewatch::takeover::mount, std::time::Duration::ZERO);
}
