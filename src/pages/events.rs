//! `/events`: every event matching the filter, one row each.

use crate::components::downloads::Downloads;
use crate::components::empty_view::EmptyView;
use crate::components::event_table::EventTable;
use crate::components::filter_bar::FilterBar;
use crate::components::scope_notes::{scope_notes, ScopeNotes};
use crate::components::text::place;
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::data::{load_search, LoadError};
use crate::i18n::collate::sort_key;
use crate::i18n::format::number;
use crate::i18n::labels::{metric_label, HEADLINE};
use crate::i18n::td_string;
use crate::i18n::Locale;
use crate::model::compact::search_of;
use crate::model::events_list::{in_order, page_of, searched, EventsList, Page};
use crate::model::filter::Filter;
use crate::model::fold::Query;
use crate::model::metric::Metric;
use crate::model::overview::scope_of;
use crate::model::sort::SortKey;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EventsPage() -> impl IntoView {
    let l = use_locale();
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, nav.events))/>
        <h1>{td_string!(l, nav.events)}</h1>
        <WithData render={|loaded: Arc<Loaded>| view! { <EventList loaded/> }}/>
    }
    .into_any()
}

/// The search lines in the reader's language: the published file, loaded once the reader turns to
/// the search (or an address has one); made here from the snapshot when it was loaded whole.
fn use_search_lines(loaded: &Arc<Loaded>) -> (RwSignal<bool>, LocalResource<SearchLines>) {
    let state = use_app_state();
    let wanted = RwSignal::new(false);
    // an address with a search wants the lines, however it came (a link, back and forward, a
    // search typed before the app took the page over); once wanted, they stay
    let addressed = Memo::new(move |before: Option<&bool>| {
        before == Some(&true) || state.view.with(|(s, _)| s.q.is_some())
    });
    // one memo for both, so the lines are loaded once: a search typed after a click into the box
    // makes the address want them too, which must not load them again
    let want = Memo::new(move |_| wanted.get() || addressed.get());
    let loaded = loaded.clone();
    let lines = LocalResource::new(move || {
        let (want, loaded) = (want.get(), loaded.clone());
        let lang = crate::i18n::lang_of(state.locale.get_untracked());
        async move {
            if !want {
                return None;
            }
            Some(match (&loaded.search, loaded.compact) {
                (Some(part), _) => load_search(part).await.map(|s| Arc::new(s.texts)),
                (None, false) => Ok(Arc::new(search_of(loaded.snapshot(), lang).texts)),
                (None, true) => Err(LoadError::NotFound {
                    what: crate::data::Fetched::Part(format!("search/{}", loaded.entry.id)),
                    url: String::new(),
                }),
            })
        }
    });
    (wanted, lines)
}

type SearchLines = Option<Result<Arc<Vec<String>>, LoadError>>;

#[component]
fn EventList(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    let set_state = crate::state::use_set_url_state();
    let l = use_locale();
    let (wanted, lines) = use_search_lines(&loaded);
    let asked = Memo::new(move |_| {
        state.view.with(|(s, _)| {
            (
                s.filter.clone(),
                s.sort.unwrap_or(SortKey::Newest),
                s.q.clone().unwrap_or_default(),
            )
        })
    });
    // the filter selects the events, and the notes on what it leaves out, in one selection; the
    // order sorts them; a keystroke only narrows the list
    let filter = Memo::new(move |_| asked.with(|(f, _, _)| f.clone()));
    let selected = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let filter = filter.get();
            let snapshot = loaded.snapshot();
            let scope = scope_of(snapshot, &filter);
            let overlapping = scope.selection.overlapping();
            let notes = scope_notes(l, &scope, &overlapping, !filter.regions.is_empty());
            (Arc::new(snapshot.places_of(&scope.selection.events)), notes)
        })
    };
    let notes = Memo::new(move |_| selected.with(|(_, notes)| notes.clone()));
    let order = Memo::new(move |_| asked.with(|(_, o, _)| *o));
    let ordered = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let (places, order) = (selected.with(|(p, _)| Arc::clone(p)), order.get());
            let snapshot = loaded.snapshot();
            let regions = filter.with(|f| f.regions.clone());
            Arc::new(in_order(snapshot, &places, &regions, order, |e| {
                sort_key(l, &place(snapshot, e, l))
            }))
        })
    };
    let query = Memo::new(move |_| asked.with(|(_, _, q)| Query::new(q)));
    let list = Memo::new(move |_| {
        let found = lines.get().flatten().and_then(Result::ok);
        let query = query.get();
        ordered.with(|o| Arc::new(searched(o, &query, found.as_deref().map(Vec::as_slice))))
    });
    let search = search_box(l, wanted, lines, set_state.clone());
    // the filter bar says how many events the filter selects: the list before any search
    let count = Memo::new(move |_| ordered.with(|o| o.len()));
    let filter_bar = view! { <FilterBar loaded=loaded.clone() with_metric=true count/> };
    let body = move || {
        let list = list.get();
        let (filter, order, q) = asked.get();
        let notes = notes.get();
        let n = list.matching;
        let sort_control = (n > 1).then(|| sort_select(l, order, set_state.clone()));
        let count = if filter == Filter::default() {
            td_string!(l, events.count_all, count = n, n = number(l, n as f64)).to_string()
        } else {
            td_string!(l, events.count, count = n, n = number(l, n as f64)).to_string()
        };
        let search_line = search_state(l, &q, &list, lines.get().flatten());
        let metric_note = filter.metric.map(|m| {
            let set_state = set_state.clone();
            let clear = move |_| {
                let mut s = state.url_state();
                s.filter.metric = None;
                set_state(s);
            };
            view! {
                <p class="metric-filter">{td_string!(l, events.only_reporting)}" "<strong>{metric_label(l, m)}</strong>" "
                    <button type="button" on:click=clear>{td_string!(l, events.show_all)}</button></p>
            }
        });
        let page = page_of(list.found.len(), state.view.with(|(s, _)| s.page));
        let rows: Vec<crate::model::EventPlace> =
            list.found.get(page.first..page.end).unwrap_or(&[]).to_vec();
        let body = if n == 0 {
            view! { <EmptyView loaded=loaded.clone() filter=filter.clone() sentence=td_string!(l, events.none).to_string() path="/events".to_string() keep_regions=false/> }.into_any()
        } else if rows.is_empty() {
            ().into_any()
        } else {
            view! {
                <EventTable loaded=loaded.clone() events=rows regions=filter.regions.clone()/>
                {pager(l, page, list.found.len())}
            }
            .into_any()
        };
        view! {
            {(n > 0).then(|| view! { <p class="headline">{count}</p> })}
            {metric_note}
            {sort_control}
            {search_line}
            <ScopeNotes notes/>
            {body}
            <div class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Events
                title=td_string!(l, events.embed_title).to_string() shown=state.url_state()/>" "<crate::components::share::CopyLink/></div>
            <Downloads loaded=loaded.clone() filter=filter.clone() events=list.found.clone()/>
        }
        .into_any()
    };
    view! { {filter_bar} {search} {body} }.into_any()
}

/// The search box: written into the address (`q=`) as the reader types; its lines are loaded the
/// first time the reader turns to it. Not redrawn with the list, so typing keeps its place.
fn search_box(
    l: Locale,
    wanted: RwSignal<bool>,
    lines: LocalResource<SearchLines>,
    set_state: impl Fn(crate::url_state::UrlState) + Clone + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let initial = state
        .view
        .with_untracked(|(s, _)| s.q.clone().unwrap_or_default());
    let want = move || {
        if !wanted.get_untracked() {
            wanted.set(true);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        want();
        let mut s = state.url_state();
        crate::controls::ControlUse::Search(event_target_value(&ev)).apply(&mut s);
        set_state(s);
    };
    view! {
        <p class="field search-field" role="search">
            <label for="events-search">{td_string!(l, events.search_label)}</label>" "
            <input id="events-search" type="search" value=initial autocomplete="off" spellcheck="false"
                data-lines=move || lines.with(|l| match l {
                    Some(Some(Ok(_))) => "ready",
                    Some(Some(Err(_))) => "failed",
                    Some(None) | None => "not-loaded",
                })
                aria-describedby="events-search-hint" on:input=on_input on:focus=move |_| want() on:pointerenter=move |_| want()/>
            <span id="events-search-hint" class="note">{td_string!(l, events.search_hint)}</span>
        </p>
    }
}

/// What the search did: "3 of them contain “Караганда”", that nothing does, that it is loading,
/// or why it could not load. Said to screen readers as it changes.
fn search_state(l: Locale, q: &str, list: &EventsList, lines: SearchLines) -> impl IntoView {
    let q = q.trim().to_string();
    let text = if q.is_empty() {
        None
    } else {
        match lines {
            None => Some(td_string!(l, events.search_loading).to_string()),
            Some(Err(e)) => Some(crate::i18n::messages::load_error(l, &e)),
            Some(Ok(_)) if list.searched && list.found.is_empty() => {
                Some(td_string!(l, events.search_none, q = q.clone()).to_string())
            }
            Some(Ok(_)) => {
                let n = list.found.len();
                Some(
                    td_string!(
                        l,
                        events.found,
                        count = n,
                        n = number(l, n as f64),
                        q = q.clone()
                    )
                    .to_string(),
                )
            }
        }
    };
    view! { <p class="search-result" role="status" aria-live="polite">{text}</p> }
}

/// "Events 51–100 of 1,234", with links to the page before and after, in the address (`page=`).
fn pager(l: Locale, page: Page, total: usize) -> Option<impl IntoView> {
    if page.count < 2 {
        return None;
    }
    let state = use_app_state();
    let link = |index: usize| {
        let mut s = state.url_state();
        s.page = (index > 0).then_some(index as u32 + 1);
        state.link_with("/events", &s)
    };
    let range = td_string!(
        l,
        events.page_of,
        first = number(l, (page.first + 1) as f64),
        last = number(l, page.end as f64),
        n = number(l, total as f64)
    )
    .to_string();
    let previous = (page.index > 0).then(|| {
        view! { <a href=link(page.index - 1) rel="prev" class="page-link">{td_string!(l, events.previous)}</a> }
    });
    let next = (page.index + 1 < page.count).then(|| {
        view! { <a href=link(page.index + 1) rel="next" class="page-link">{td_string!(l, events.next)}</a> }
    });
    let pages = td_string!(l, events.page_n, n = number(l, (page.index + 1) as f64)).to_string();
    Some(view! {
        <nav class="pager events-pager" aria-label=td_string!(l, events.pages)>
            {previous}" "<span aria-current="page" title=pages>{range}</span>" "{next}
        </nav>
    })
}

/// "Sort: [Newest first | Oldest first | By region | <figure>: largest first]", in the address.
fn sort_select(
    l: Locale,
    order: SortKey,
    set_state: impl Fn(crate::url_state::UrlState) + Clone + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let choose = move |ev: leptos::ev::Event| {
        let mut s = state.url_state();
        crate::controls::ControlUse::Sort(event_target_value(&ev)).apply(&mut s);
        set_state(s);
    };
    let option = |key: SortKey, label: String| {
        view! { <option value=key.to_string() selected=key == order>{label}</option> }
    };
    let figures = HEADLINE
        .iter()
        .map(|m: &Metric| {
            option(
                SortKey::Figure(*m),
                td_string!(l, events.by_figure, what = metric_label(l, *m)).to_string(),
            )
        })
        .collect_view();
    view! {
        <p class="field sort-field">
            <label for="events-sort">{td_string!(l, events.sort_by)}</label>" "
            <select id="events-sort" on:change=choose>
                {option(SortKey::Newest, td_string!(l, events.newest).to_string())}
                {option(SortKey::Oldest, td_string!(l, events.oldest).to_string())}
                {option(SortKey::Region, td_string!(l, events.by_region).to_string())}
                {figures}
            </select>
        </p>
    }
}
