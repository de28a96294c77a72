fn main() {
    console_error_panic_hook::set_once();
    // Before any text is written: the plural forms' rules (the app carries no ICU data).
    minewatch::i18n::plural_rules::use_in_the_app();
    // Instantiating the module and mounting the app were one long task on a slow phone (130-220
    // ms at 4x): the app mounts in a task of its own.
    leptos::prelude::set_timeout(minewatch::takeover::mount, std::time::Duration::ZERO);
}
