/// Change the data of an existing customer handle.
pub update_customer: PUT "/customers/{handle}" -> Success {
    /// The handle to change, like `XX123456-XX`.
    handle: String,
    vat: Option<String>,
    email: Option<String>,
    #[required_for_tlds("ru", ".SU")]
    extension_additional_data: Option<Vec<ExtensionAdditionalData>>,
}
