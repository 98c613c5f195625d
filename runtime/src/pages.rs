//! Walking a list entry page by page: a `Stream` of its items that asks for the next page only
//! when the items of the last one are used up.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::de;
use crate::endpoint::Endpoint;
use crate::error::Error;

/// A reply that is one page of a list: its items and, where the API says, the total over all
/// pages. List entries (with `limit` and `offset` fields) need their reply type to be one.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a page of results, but its entry has `limit` and `offset`",
    label = "the reply of a list entry must implement `openprovider::Page`",
    note = "use `openprovider::List<Item>` as the reply type, or implement `Page` for `{Self}`"
)]
pub trait Page {
    /// One result.
    type Item;
    /// The results of this page, and the total the API gave.
    fn into_page(self) -> (Vec<Self::Item>, Option<i64>);
}

/// A page of results as most list entries answer: `{"results": [...], "total": n}`.
///
/// `results` may be missing or `null` (an empty page) and `total` may come as a string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: serde::de::DeserializeOwned"))]
#[non_exhaustive]
pub struct List<T> {
    /// The items of this page.
    #[serde(default, deserialize_with = "de::null_as_default")]
    pub results: Vec<T>,
    /// How many items match over all pages, where the API says.
    #[serde(default, deserialize_with = "de::lenient_opt_i64")]
    pub total: Option<i64>,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            results: Vec::new(),
            total: None,
        }
    }
}

impl<T> Page for List<T> {
    type Item = T;
    fn into_page(self) -> (Vec<T>, Option<i64>) {
        (self.results, self.total)
    }
}

/// Which page a list request asks for: its `limit` (the page size) and `offset` (where the
/// page starts), as set. Named, so the two cannot be swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PageWindow {
    /// The page size, if set.
    pub limit: Option<i64>,
    /// Where the page starts, if set.
    pub offset: Option<i64>,
}

/// A request of a list entry: where its page starts and how long it is. The macro implements
/// it for entries with optional `limit` and `offset` fields.
pub trait PagedRequest: Endpoint + Clone {
    /// The request's `limit` and `offset`, as set.
    fn window(&self) -> PageWindow;
    /// Moves the request to the page that starts at `offset`.
    fn set_offset(&mut self, offset: i64) -> Result<(), Error>;
}

/// Where a walk over the pages of a list stands, and the rule that ends it: an empty page, a
/// page shorter than the page size, or the `total` reached.
///
/// [`Items`] walks typed requests with it; use it to walk a [`DynamicRequest`](crate::DynamicRequest)
/// (the command line does) by the same rule.
///
/// ```
/// # extern crate openprovider_runtime as openprovider;
/// use openprovider::PageWalk;
///
/// // `limit` 2 from offset 0: a full page, then a short one ends the walk.
/// let mut walk = PageWalk::new(openprovider::PageWindow { limit: Some(2), offset: Some(0) });
/// assert_eq!(walk.next_offset(), Some(0));
/// assert_eq!(walk.received(2, None), Some(2));
/// assert_eq!(walk.received(1, None), None);
/// assert_eq!(walk.next_offset(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageWalk {
    /// Where the next page starts; `None` once the last page has come.
    next_offset: Option<i64>,
    /// The page size: the request's `limit`, or the length of the first page.
    page_size: Option<i64>,
}

impl PageWalk {
    /// A walk from the request's `offset` (0 when unset); a positive `limit` is the page size,
    /// otherwise the first page's length is.
    pub fn new(window: PageWindow) -> Self {
        PageWalk {
            next_offset: Some(window.offset.unwrap_or(0)),
            page_size: window.limit.filter(|l| *l > 0),
        }
    }

    /// Where the next page starts, or `None` when the walk is over.
    pub fn next_offset(&self) -> Option<i64> {
        self.next_offset
    }

    /// Takes in the page that started at [`next_offset`](Self::next_offset), of `count` items
    /// with the `total` the API gave, and returns where the next page starts, or `None` when
    /// that was the last.
    pub fn received(&mut self, count: usize, total: Option<i64>) -> Option<i64> {
        let offset = self.next_offset?;
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        let page_size = *self.page_size.get_or_insert(count);
        let end = offset.saturating_add(count);
        let last = count == 0 || count < page_size || total.is_some_and(|t| end >= t);
        self.next_offset = (!last).then_some(end);
        self.next_offset
    }
}

/// The item type of a list entry's reply.
type Item<E> = <<E as Endpoint>::Response as Page>::Item;

type PageFuture<R> = Pin<Box<dyn Future<Output = Result<R, Error>> + Send>>;

/// Every item of a list entry, over all its pages: see `items` on a list request.
///
/// It asks for one page at a time, starting at the request's `offset` with its `limit` as the
/// page size, and stops at an empty page, a page shorter than the page size, or the `total`.
/// An error ends the stream after the items of the pages before it.
#[must_use = "a stream does nothing unless polled"]
pub struct Items<E: PagedRequest>
where
    E::Response: Page,
{
    client: Client,
    request: E,
    buffer: VecDeque<Item<E>>,
    in_flight: Option<PageFuture<E::Response>>,
    walk: PageWalk,
    finished: bool,
}

impl<E: PagedRequest> std::fmt::Debug for Items<E>
where
    E::Response: Page,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("endpoint", &E::INFO.name)
            .field("buffered", &self.buffer.len())
            .field("next_offset", &self.walk.next_offset())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<E> Items<E>
where
    E: PagedRequest + Send + Sync + 'static,
    E::Response: Page + Send + 'static,
{
    /// Walks the pages of `request`, starting at its `offset`.
    pub fn new(client: &Client, request: &E) -> Self {
        let window = request.window();
        Items {
            client: client.clone(),
            request: request.clone(),
            buffer: VecDeque::new(),
            in_flight: None,
            walk: PageWalk::new(window),
            finished: false,
        }
    }

    /// The next item, asking for the next page when this one is used up; `None` after the
    /// last. The same as `StreamExt::next`, without needing a futures crate.
    pub async fn next(&mut self) -> Option<Result<Item<E>, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every item, or the first error.
    pub async fn all(mut self) -> Result<Vec<Item<E>>, Error> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }

    fn start_page(&mut self, offset: i64) -> Result<(), Error> {
        let mut request = self.request.clone();
        request.set_offset(offset)?;
        let client = self.client.clone();
        self.in_flight = Some(Box::pin(async move { client.send(&request).await }));
        Ok(())
    }

    /// Takes in a page and decides where the next starts.
    fn receive(&mut self, page: E::Response) {
        let (items, total) = page.into_page();
        self.walk.received(items.len(), total);
        self.buffer.extend(items);
    }
}

// Nothing in `Items` is pinned in place: the page future is boxed.
impl<E: PagedRequest> Unpin for Items<E> where E::Response: Page {}

impl<E> Stream for Items<E>
where
    E: PagedRequest + Send + Sync + 'static,
    E::Response: Page + Send + 'static,
{
    type Item = Result<Item<E>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.finished {
                return Poll::Ready(None);
            }
            let Some(offset) = this.walk.next_offset() else {
                this.finished = true;
                return Poll::Ready(None);
            };
            if this.in_flight.is_none()
                && let Err(err) = this.start_page(offset)
            {
                this.finished = true;
                return Poll::Ready(Some(Err(err)));
            }
            let Some(future) = this.in_flight.as_mut() else {
                continue;
            };
            let result = match future.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(result) => result,
            };
            this.in_flight = None;
            match result {
                Ok(page) => this.receive(page),
                Err(err) => {
                    this.finished = true;
                    return Poll::Ready(Some(Err(err)));
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let done = self.finished || self.walk.next_offset().is_none();
        (self.buffer.len(), done.then_some(self.buffer.len()))
    }
}

/// Converts a page offset to the type of the request's `offset` field, for generated code.
#[doc(hidden)]
pub fn offset_as<T: TryFrom<i64>>(offset: i64) -> Result<T, Error> {
    T::try_from(offset).map_err(|_| Error::InvalidRequest {
        field: "offset".to_owned(),
        reason: format!("the next page starts at {offset}, which does not fit the field's type"),
    })
}

#[cfg(test)]
mod tests {
    use super::{PageWalk, PageWindow};

    /// The offsets a walk asks for, given the length of each page the API answers and its total.
    fn offsets(
        offset: Option<i64>,
        limit: Option<i64>,
        pages: &[(usize, Option<i64>)],
    ) -> Vec<i64> {
        let mut walk = PageWalk::new(PageWindow { limit, offset });
        let mut asked = Vec::new();
        for &(count, total) in pages {
            let Some(at) = walk.next_offset() else { break };
            asked.push(at);
            walk.received(count, total);
        }
        asked
    }

    #[test]
    fn a_walk_ends_at_a_short_or_empty_page_or_the_total() {
        // A short page ends it.
        assert_eq!(
            offsets(None, Some(10), &[(10, None), (3, None), (10, None)]),
            [0, 10]
        );
        // So does an empty one.
        assert_eq!(
            offsets(Some(5), Some(10), &[(10, None), (0, None), (10, None)]),
            [5, 15]
        );
        // And the total, even when the page is full.
        assert_eq!(
            offsets(
                None,
                Some(10),
                &[(10, Some(20)), (10, Some(20)), (10, None)]
            ),
            [0, 10]
        );
        // Without a limit (or with 0), the first page's length is the page size.
        assert_eq!(
            offsets(None, None, &[(100, None), (100, None), (40, None)]),
            [0, 100, 200]
        );
        assert_eq!(
            offsets(None, Some(0), &[(100, None), (99, None), (1, None)]),
            [0, 100]
        );
        // A walk that is over stays over.
        let mut walk = PageWalk::new(PageWindow {
            limit: Some(2),
            offset: None,
        });
        assert_eq!(walk.received(1, None), None);
        assert_eq!(walk.received(2, None), None);
        assert_eq!(walk.next_offset(), None);
    }
}
