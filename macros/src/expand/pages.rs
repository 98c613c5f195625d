//! Pages of a list entry: `items` (a stream over every page) and `all`, and the runtime's view
//! of `limit` and `offset`.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::spanned::Spanned;

use super::private;
use crate::model::Endpoint;

/// `items` and `all` for a list entry, and the runtime's view of its `limit` and `offset`.
pub fn pages(e: &Endpoint) -> Option<TokenStream> {
    let (limit, offset) = e.pages?;
    let private = private();
    let request = &e.request;
    let response = &e.response;
    let limit = &e.fields[limit].name;
    let offset = &e.fields[offset].name;
    // Spanned on the reply type, so a reply that is not a page is reported where it is named.
    let item = quote_spanned!(response.span()=> <#response as #private::Page>::Item);
    Some(quote_spanned! {response.span()=>
        impl #private::PagedRequest for #request {
            #[inline]
            fn window(&self) -> #private::PageWindow {
                #private::PageWindow {
                    limit: self.#limit.map(::core::convert::Into::into),
                    offset: self.#offset.map(::core::convert::Into::into),
                }
            }

            #[inline]
            fn set_offset(&mut self, offset: i64) -> ::core::result::Result<(), #private::Error> {
                self.#offset = ::core::option::Option::Some(#private::offset_as(offset)?);
                ::core::result::Result::Ok(())
            }
        }

        impl #request {
            /// Every item over all pages, as a `Stream` that asks for one page at a time.
            ///
            /// `limit` is the page size and `offset` where to start. The stream stops at an
            /// empty or short page or at the reply's `total`; an error ends it after the items
            /// of the pages before.
            #[inline]
            pub fn items(&self, client: &#private::Client) -> #private::Items<Self> {
                #private::Items::new(client, self)
            }

            /// Every item over all pages, or the first error; see [`items`](Self::items).
            #[inline]
            pub async fn all(
                &self,
                client: &#private::Client,
            ) -> ::core::result::Result<::std::vec::Vec<#item>, #private::Error> {
                #private::Items::new(client, self).all().await
            }
        }
    })
}
