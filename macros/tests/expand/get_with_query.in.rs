pub list_things: GET "/things" -> ThingList {
    #[rename = "order_by.name"]
    order_by_name: Option<String>,
    columns: Option<Vec<String>>,
    r#type: Option<String>,
    limit: i32,
}
